package org.madoguchi.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;

import picocli.CommandLine;

/**
 * The commands other bundles contribute to the extension point {@code org.madoguchi.cli.commands}
 * (the benchmark's {@code bench}): the command line names none of them, so it requires none of
 * their bundles.
 */
final class ContributedCommands {

	static final String EXTENSION_POINT = "org.madoguchi.cli.commands";

	/** Adds each contributed command to {@code root}, in the order the registry lists them. */
	static void addTo(CommandLine root) {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				root.addSubcommand(element.createExecutableExtension("class"));
			} catch (CoreException e) {
				throw new IllegalStateException("The command " + element.getAttribute("class") + " of "
						+ element.getContributor().getName() + " cannot be made", e);
			}
		}
	}

	private ContributedCommands() {
	}
}
