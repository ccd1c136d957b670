package org.madoguchi.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the release and the build stamp of the installed bundle. */
final class BundleVersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		Bundle bundle = FrameworkUtil.getBundle(BundleVersionProvider.class);
		Version version = bundle.getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		String build = version.getQualifier().isEmpty() ? "" : " (build " + version.getQualifier() + ")";
		return new String[] { "Madoguchi " + release + build };
	}
}
