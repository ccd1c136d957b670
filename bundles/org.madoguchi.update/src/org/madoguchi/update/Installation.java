package org.madoguchi.update;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.madoguchi.update.internal.EarlierFeatures;
import org.madoguchi.update.internal.LocalTransport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;

/**
 * The running Madoguchi as p2 installed it: its version, the key it trusts, and the update p2
 * makes to it, as one p2 profile change. Only the program changes: the register, the keys beside it and
 * the preferences live outside the installation folder and p2 never sees them.
 */
public final class Installation {

	/** The features an update replaces; the product's own launcher configuration stays. */
	private static final List<String> FEATURES = List.of(UpdateFile.CORE_FEATURE, "org.madoguchi.ui.feature");
	private static final String GROUP = ".feature.group";
	private static final String FEATURE_JAR = ".feature.jar";

	private final IProvisioningAgent agent;
	private final IProfileRegistry profiles;

	private Installation(IProvisioningAgent agent) {
		this.agent = agent;
		this.profiles = agent.getService(IProfileRegistry.class);
		if (agent.getService(Transport.SERVICE_NAME) == null) {
			agent.registerService(Transport.SERVICE_NAME, new LocalTransport());
		}
	}

	/** The installation this process runs from. */
	public static Installation running() {
		BundleContext context = FrameworkUtil.getBundle(Installation.class).getBundleContext();
		try {
			// p2 registers the agent of the installation it was started from as the current one
			return context.getServiceReferences(IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)").stream()
					.findFirst().map(reference -> new Installation(context.getService(reference)))
					.orElseThrow(() -> new UpdateRefusedException("update.noProfile", IProfileRegistry.SELF));
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException("the filter is a constant", e);
		}
	}

	/** The installed version of Madoguchi: its core feature's. */
	public Version version() {
		return versionIn(profile());
	}

	/**
	 * The key this installation trusts: the one that signed it. An update signed by it comes from
	 * whoever built this installation; the office never handles a key or a certificate.
	 */
	public X509Certificate trustedCertificate() {
		Bundle self = FrameworkUtil.getBundle(Installation.class);
		try {
			File location = FileLocator.getBundleFileLocation(self).orElse(null);
			if (location == null || !location.isFile()) {
				throw new UpdateRefusedException("update.installationUnsigned");
			}
			try (JarFile jar = new JarFile(location, true)) {
				JarEntry classFile = jar.getJarEntry(Installation.class.getName().replace('.', '/') + ".class");
				jar.getInputStream(classFile).readAllBytes();
				Certificate[] certificates = classFile.getCertificates();
				if (certificates == null || certificates.length == 0) {
					throw new UpdateRefusedException("update.installationUnsigned");
				}
				return (X509Certificate) certificates[0];
			}
		} catch (IOException | SecurityException e) {
			// a signature that no longer matches is no key to trust
			throw new UpdateRefusedException("update.installationUnsigned");
		}
	}

	/** Installs the checked {@code update}'s features in place of the installed ones; active at the next start. */
	public void install(UpdateFile update) {
		IProvisioningPlan plan = withRepository(update, (planner, context, repository) -> planReplacing(planner, context, repository,
				() -> new UpdateRefusedException("update.notRepository.noFeature", update.zip())));
		perform(plan);
	}

	/** The version p2 recorded before the installed one came: what {@link #revert()} returns to. */
	public Optional<Version> previousVersion() {
		return previous().map(Installation::versionIn);
	}

	/**
	 * The schema version the previous version's store knows, read from its jar, which p2 keeps in
	 * the bundle pool; empty when the jar is not there.
	 */
	public OptionalInt previousSchemaVersion() {
		return previous().flatMap(state -> installed(state, UpdateFile.STORE_BUNDLE)).map(store -> pool().resolve("plugins")
				.resolve(UpdateFile.STORE_BUNDLE + "_" + store.getVersion() + ".jar")).filter(Files::isRegularFile).map(jar -> {
					try {
						return OptionalInt.of(UpdateFile.highestMigration(Files.readAllBytes(jar)));
					} catch (IOException e) {
						return OptionalInt.empty();
					}
				}).orElse(OptionalInt.empty());
	}

	/**
	 * Installs the previous version's features again, as p2 recorded them before the installed one
	 * came; active at the next start. Its bundles are still in the bundle pool and its features
	 * were kept when the installed version replaced them, so no update site is needed.
	 */
	public Version revert() {
		IProfile earlier = previous().orElseThrow(() -> new UpdateRefusedException("update.nothingToRevert", versionIn(profile())));
		IPlanner planner = agent.getService(IPlanner.class);
		ProvisioningContext context = new ProvisioningContext(agent);
		// the earlier state carries every unit it needs: no repository is asked for metadata
		context.setMetadataRepositories();
		context.setExtraInstallableUnits(List.copyOf(earlier.query(QueryUtil.createIUAnyQuery(), monitor()).toUnmodifiableSet()));
		URI kept = earlierFeatures().location();
		context.setArtifactRepositories(kept, pool().toUri());
		try {
			perform(planReplacing(planner, context, earlier, () -> new UpdateRefusedException("update.nothingToRevert", versionIn(profile()))));
		} finally {
			agent.getService(IArtifactRepositoryManager.class).removeRepository(kept);
		}
		return versionIn(earlier);
	}

	/** A plan replacing the installed Madoguchi features by the newest ones {@code offered} holds. */
	private IProvisioningPlan planReplacing(IPlanner planner, ProvisioningContext context, IQueryable<IInstallableUnit> offered,
			Supplier<UpdateRefusedException> missing) {
		IProfile profile = profile();
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		for (String feature : FEATURES) {
			IInstallableUnit unit = offered.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(feature + GROUP)), monitor()).stream()
					.findFirst().orElseThrow(missing);
			installed(profile, feature + GROUP).ifPresent(request::remove);
			request.add(unit);
			request.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
		}
		return planner.getProvisioningPlan(request, context, monitor());
	}

	/** The newest recorded state of the profile whose Madoguchi is another version than the installed one. */
	private Optional<IProfile> previous() {
		Version current = versionIn(profile());
		long[] timestamps = profiles.listProfileTimestamps(IProfileRegistry.SELF);
		Arrays.sort(timestamps);
		for (int i = timestamps.length - 1; i >= 0; i--) {
			IProfile state = profiles.getProfile(IProfileRegistry.SELF, timestamps[i]);
			Version version = state == null ? Version.emptyVersion : versionIn(state);
			if (!version.equals(Version.emptyVersion) && !version.equals(current)) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}

	/** Performs {@code plan}, keeping the installed features first so that a revert can bring them back. */
	private void perform(IProvisioningPlan plan) {
		if (!plan.getStatus().isOK()) {
			throw new UpdateRefusedException("update.failed", message(plan.getStatus()));
		}
		IProfile profile = profile();
		try {
			earlierFeatures().keep(FEATURES.stream().flatMap(feature -> installed(profile, feature + FEATURE_JAR).stream()).toList());
		} catch (ProvisionException | IOException e) {
			throw new UpdateRefusedException("update.failed", e.getMessage());
		}
		IEngine engine = agent.getService(IEngine.class);
		IStatus status = engine.perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor());
		if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			throw new UpdateRefusedException("update.failed", message(status));
		}
	}

	/** Plans with the update's zip as the only repository, and forgets the zip again afterwards. */
	private IProvisioningPlan withRepository(UpdateFile update, Planning planning) {
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		try {
			IMetadataRepository repository = metadata.loadRepository(update.repository(), monitor());
			artifacts.loadRepository(update.repository(), monitor());
			ProvisioningContext context = new ProvisioningContext(agent);
			context.setMetadataRepositories(update.repository());
			context.setArtifactRepositories(update.repository());
			return planning.plan(agent.getService(IPlanner.class), context, repository);
		} catch (ProvisionException e) {
			throw new UpdateRefusedException("update.failed", e.getMessage());
		} finally {
			metadata.removeRepository(update.repository());
			artifacts.removeRepository(update.repository());
		}
	}

	private interface Planning {
		IProvisioningPlan plan(IPlanner planner, ProvisioningContext context, IQueryable<IInstallableUnit> repository);
	}

	private static Optional<IInstallableUnit> installed(IProfile profile, String id) {
		return profile.query(QueryUtil.createIUQuery(id), new NullProgressMonitor()).stream().findFirst();
	}

	private static Version versionIn(IProfile profile) {
		return installed(profile, UpdateFile.CORE_FEATURE + GROUP)
				.map(unit -> Version.parseVersion(unit.getVersion().toString())).orElse(Version.emptyVersion);
	}

	private EarlierFeatures earlierFeatures() {
		return new EarlierFeatures(agent, pool());
	}

	/** The installation's bundle pool: where p2 keeps every installed jar and feature. */
	private Path pool() {
		return Path.of(profile().getProperty(IProfile.PROP_CACHE));
	}

	private IProfile profile() {
		IProfile profile = profiles.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new UpdateRefusedException("update.noProfile", IProfileRegistry.SELF);
		}
		return profile;
	}

	private static String message(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("; ").append(child.getMessage());
		}
		return text.toString();
	}

	private static IProgressMonitor monitor() {
		return new NullProgressMonitor();
	}
}
