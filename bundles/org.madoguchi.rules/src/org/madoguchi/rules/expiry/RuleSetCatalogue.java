package org.madoguchi.rules.expiry;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Problem;
import org.madoguchi.rules.RuleSet;
import org.madoguchi.rules.RulesPackage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The effective-dated rule sets, ordered by the receipt dates they cover. The sets must cover
 * every receipt date exactly once: a gap or an overlap is a packaging error and stops loading.
 */
public final class RuleSetCatalogue {

	private static final String FOLDER = "rulesets";

	private static RuleSetCatalogue bundled;

	private final List<RuleSet> ruleSets;

	private RuleSetCatalogue(List<RuleSet> ruleSets) {
		this.ruleSets = List.copyOf(ruleSets);
	}

	/** The rule sets shipped in this bundle's rulesets/ folder (*.xmi), loaded once. */
	public static synchronized RuleSetCatalogue bundled() {
		if (bundled == null) {
			Bundle bundle = FrameworkUtil.getBundle(RuleSetCatalogue.class);
			Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.xmi", false);
			List<URI> files = new ArrayList<>();
			for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
				files.add(URI.createURI(entry.toString()));
			}
			bundled = load(files);
		}
		return bundled;
	}

	/** Loads rule sets from XMI files (a bundle's or an office's own). */
	public static RuleSetCatalogue load(List<URI> files) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resources.getPackageRegistry().put(RulesPackage.eNS_URI, RulesPackage.eINSTANCE);
		List<RuleSet> loaded = new ArrayList<>();
		for (URI file : files) {
			Resource resource = resources.getResource(file, true);
			loaded.add((RuleSet) resource.getContents().get(0));
		}
		return of(loaded);
	}

	/** A catalogue of the given rule sets, checked to cover every receipt date exactly once. */
	public static RuleSetCatalogue of(List<RuleSet> ruleSets) {
		List<RuleSet> sorted = new ArrayList<>(ruleSets);
		sorted.sort(Comparator.comparing(RuleSet::getReceivedFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
		if (sorted.isEmpty() || sorted.get(0).getReceivedFrom() != null
				|| sorted.get(sorted.size() - 1).getReceivedBefore() != null) {
			throw new IllegalStateException("The rule sets must cover all receipt dates, from the first to the last");
		}
		for (int i = 1; i < sorted.size(); i++) {
			if (!Objects.equals(sorted.get(i - 1).getReceivedBefore(), sorted.get(i).getReceivedFrom())) {
				throw new IllegalStateException("Rule sets " + sorted.get(i - 1).getId() + " and " + sorted.get(i).getId()
						+ " leave a gap or overlap");
			}
		}
		return new RuleSetCatalogue(sorted);
	}

	/** The rule set for an application J-LIS received on {@code receivedOn}. */
	public RuleSet forReceipt(LocalDate receivedOn) {
		for (RuleSet ruleSet : ruleSets) {
			boolean started = ruleSet.getReceivedFrom() == null || !receivedOn.isBefore(ruleSet.getReceivedFrom());
			boolean ended = ruleSet.getReceivedBefore() != null && !receivedOn.isBefore(ruleSet.getReceivedBefore());
			if (started && !ended) {
				return ruleSet;
			}
		}
		throw new InvalidValueException(new Problem(RuleSetCatalogue.class, "expiry.noRuleSet", receivedOn.toString()));
	}

	/** All rule sets, oldest first. */
	public List<RuleSet> ruleSets() {
		return ruleSets;
	}
}
