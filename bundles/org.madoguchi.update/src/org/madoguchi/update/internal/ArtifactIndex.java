package org.madoguchi.update.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The artifacts a p2 repository's artifacts.xml lists, read without loading the repository into p2. */
public final class ArtifactIndex {

	private ArtifactIndex() {
	}

	public static List<RepositoryArtifact> read(InputStream artifactsXml) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			// the file comes from a USB stick: no DTDs, no external entities
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			NodeList artifacts = factory.newDocumentBuilder().parse(artifactsXml).getElementsByTagName("artifact");
			List<RepositoryArtifact> result = new ArrayList<>();
			for (int i = 0; i < artifacts.getLength(); i++) {
				Element artifact = (Element) artifacts.item(i);
				result.add(new RepositoryArtifact(artifact.getAttribute("classifier"), artifact.getAttribute("id"),
						artifact.getAttribute("version"), property(artifact, "download.checksum.sha-256")));
			}
			return result;
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("artifacts.xml is not readable: " + e.getMessage(), e);
		}
	}

	private static String property(Element artifact, String name) {
		NodeList properties = artifact.getElementsByTagName("property");
		for (int i = 0; i < properties.getLength(); i++) {
			Element property = (Element) properties.item(i);
			if (name.equals(property.getAttribute("name"))) {
				return property.getAttribute("value");
			}
		}
		return "";
	}
}
