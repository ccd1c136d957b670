package org.madoguchi.update.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;

/**
 * p2's only way to read a repository here: local files and entries of a local zip. An office's
 * update comes on a USB stick, so p2 is given no network transport at all (and none ships).
 */
public final class LocalTransport extends Transport {

	private static final String BUNDLE = "org.madoguchi.update";
	private static final Set<String> LOCAL = Set.of("file", "jar");

	@Override
	public IStatus download(URI location, OutputStream target, IProgressMonitor monitor) {
		try (InputStream in = open(location)) {
			in.transferTo(target);
			return Status.OK_STATUS;
		} catch (IOException e) {
			return Status.error(location + ": " + e.getMessage(), e);
		}
	}

	@Override
	public InputStream stream(URI location, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
		try {
			return open(location);
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			throw new CoreException(Status.error(location + ": " + e.getMessage(), e));
		}
	}

	@Override
	public long getLastModified(URI location, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
		try {
			URLConnection connection = connection(location);
			// an entry missing from the zip is "not found" (p2 then tries its other index names)
			connection.getInputStream().close();
			return connection.getLastModified();
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			throw new FileNotFoundException(location + ": " + e.getMessage());
		}
	}

	private static InputStream open(URI location) throws IOException {
		return connection(location).getInputStream();
	}

	private static URLConnection connection(URI location) throws IOException {
		if (!LOCAL.contains(location.getScheme())) {
			throw new FileNotFoundException(location + " is not a local file; " + BUNDLE + " reads updates from files only");
		}
		URLConnection connection = location.toURL().openConnection();
		// a cached zip would stay open after the update and keep a stale copy for the next one
		connection.setUseCaches(false);
		return connection;
	}
}
