package org.madoguchi.update;

import java.io.File;
import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
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
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
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
		IProvisioningPlan plan = withRepository(update, (planner, context, repository) -> {
			IProfile profile = profile();
			IProfileChangeRequest request = planner.createChangeRequest(profile);
			for (String feature : FEATURES) {
				IInstallableUnit offered = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(feature + GROUP)), monitor())
						.stream().findFirst()
						.orElseThrow(() -> new UpdateRefusedException("update.notRepository.noFeature", update.zip()));
				installed(profile, feature + GROUP).ifPresent(request::remove);
				request.add(offered);
				request.setInstallableUnitProfileProperty(offered, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
			}
			return planner.getProvisioningPlan(request, context, monitor());
		});
		perform(plan);
	}

	private void perform(IProvisioningPlan plan) {
		if (!plan.getStatus().isOK()) {
			throw new UpdateRefusedException("update.failed", message(plan.getStatus()));
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
		IProvisioningPlan plan(IPlanner planner, ProvisioningContext context, IMetadataRepository repository);
	}

	private static Optional<IInstallableUnit> installed(IProfile profile, String id) {
		return profile.query(QueryUtil.createIUQuery(id), new NullProgressMonitor()).stream().findFirst();
	}

	private static Version versionIn(IProfile profile) {
		return installed(profile, UpdateFile.CORE_FEATURE + GROUP)
				.map(unit -> Version.parseVersion(unit.getVersion().toString())).orElse(Version.emptyVersion);
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
