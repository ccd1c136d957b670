package org.madoguchi.update.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;

/**
 * The installed features kept as jars in a repository of the installation's own, so that a revert
 * can bring them back. p2 unpacks a feature into a folder of the bundle pool and deletes that
 * folder when an update replaces the feature, while the bundles' jars stay in the pool; without
 * this copy the earlier version could not be installed again without its update site.
 */
public final class EarlierFeatures {

	private static final String FEATURE = "org.eclipse.update.feature";
	private static final String MANIFEST = "META-INF/MANIFEST.MF";

	private final IArtifactRepositoryManager manager;
	private final Path pool;
	private final URI location;

	/** The copy kept beside the p2 data of the installation whose bundle pool is {@code pool}. */
	public EarlierFeatures(IProvisioningAgent agent, Path pool) {
		this.manager = agent.getService(IArtifactRepositoryManager.class);
		this.pool = pool;
		this.location = pool.resolve("p2/org.madoguchi.update/earlier-features").toUri();
	}

	/** Where p2 finds the kept features. */
	public URI location() {
		return location;
	}

	/** Keeps the feature artifact of each of {@code units} not kept yet, zipped from its folder in the pool. */
	public void keep(List<IInstallableUnit> units) throws ProvisionException, IOException {
		IArtifactRepository repository = repository();
		try {
			for (IInstallableUnit unit : units) {
				for (IArtifactKey key : unit.getArtifacts()) {
					Path folder = pool.resolve("features").resolve(key.getId() + "_" + key.getVersion());
					if (FEATURE.equals(key.getClassifier()) && !repository.contains(key) && Files.isDirectory(folder)) {
						try (OutputStream out = repository.getOutputStream(repository.createArtifactDescriptor(key))) {
							zip(folder, out);
						}
					}
				}
			}
		} finally {
			// known repositories are remembered across starts; this one is only for the moment
			manager.removeRepository(location);
		}
	}

	private IArtifactRepository repository() throws ProvisionException {
		try {
			return manager.loadRepository(location, new NullProgressMonitor());
		} catch (ProvisionException e) {
			if (e.getStatus().getCode() != ProvisionException.REPOSITORY_NOT_FOUND) {
				throw e;
			}
			return manager.createRepository(location, "Madoguchi features kept for a revert", IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY,
					Map.of());
		}
	}

	/** The folder as the feature jar it was unpacked from: the manifest first, as jar readers expect. */
	private static void zip(Path folder, OutputStream target) throws IOException {
		List<Path> files;
		try (Stream<Path> all = Files.walk(folder)) {
			files = all.filter(Files::isRegularFile).sorted(Comparator.comparing((Path file) -> !entryName(folder, file).equals(MANIFEST))
					.thenComparing(file -> !entryName(folder, file).startsWith("META-INF/")).thenComparing(file -> entryName(folder, file)))
					.toList();
		}
		ZipOutputStream zip = new ZipOutputStream(target);
		for (Path file : files) {
			zip.putNextEntry(new ZipEntry(entryName(folder, file)));
			Files.copy(file, zip);
			zip.closeEntry();
		}
		// finish, not close: the repository's stream is closed by its owner, which commits the artifact
		zip.finish();
	}

	private static String entryName(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}
}
