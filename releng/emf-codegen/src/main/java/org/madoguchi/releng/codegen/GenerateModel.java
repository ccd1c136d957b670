package org.madoguchi.releng.codegen;

import java.io.File;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates model code from each genmodel given as {@code bundles/<bundle>/model/<name>.genmodel},
 * exactly as the IDE's "Generate Model Code" would: the bundle folder stands for
 * {@code platform:/resource/<bundle>/}, so the genmodel's modelDirectory points into it.
 */
public final class GenerateModel {

	public static void main(String[] args) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		// plugin.xml is not read outside Eclipse: register what it would have registered.
		org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
				.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		int failures = 0;
		for (String path : List.of(args)) {
			failures += generate(new File(path).getAbsoluteFile()) ? 0 : 1;
		}
		System.exit(failures == 0 ? 0 : 1);
	}

	private static boolean generate(File genModelFile) {
		File bundle = genModelFile.getParentFile().getParentFile();
		// Every sibling bundle, so that one model can use another's (usedGenPackages).
		for (File sibling : bundle.getParentFile().listFiles(File::isDirectory)) {
			EcorePlugin.getPlatformResourceMap().put(sibling.getName(), URI.createFileURI(sibling.getPath() + File.separator));
		}

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

		Resource resource = resources.getResource(
				URI.createPlatformResourceURI(bundle.getName() + "/model/" + genModelFile.getName(), true), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic problems = genModel.diagnose();
		if (problems.getSeverity() == Diagnostic.ERROR) {
			System.err.println(genModelFile + ": " + problems);
			return false;
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			System.err.println(genModelFile + ": " + result);
			return false;
		}
		System.out.println("Generated " + genModel.getModelDirectory() + " from " + genModelFile);
		return true;
	}

	private GenerateModel() {
	}
}
