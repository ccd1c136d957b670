package org.madoguchi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/**
 * In Japanese, the buttons and titles JFace draws itself (a wizard's 戻る, 次へ, 完了, キャンセル; a
 * question's はい and いいえ) are Japanese too: the workbench ships their labels in a fragment of
 * JFace, as no Eclipse language pack comes from Maven Central.
 */
class JapaneseButtonsTest {

	private static final String LABELS = "org.eclipse.jface.messages";
	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d\\}");

	private static ResourceBundle labels(Locale locale) {
		return ResourceBundle.getBundle(LABELS, locale, JFaceResources.class.getClassLoader());
	}

	@Test
	void wizardAndQuestionButtonsAreJapanese() {
		ResourceBundle japanese = labels(Locale.JAPANESE);
		assertEquals("< 戻る(&B)", japanese.getString("backButton"));
		assertEquals("次へ(&N) >", japanese.getString("nextButton"));
		assertEquals("完了(&F)", japanese.getString("finish"));
		assertEquals("キャンセル", japanese.getString("cancel"));
		assertEquals("はい(&Y)", japanese.getString("yes"));
		assertEquals("いいえ(&N)", japanese.getString("no"));
		assertEquals("Finish", labels(Locale.ENGLISH).getString("finish").replace("&", ""), "English stays English");
	}

	@Test
	void everyJapaneseLabelTranslatesAJFaceOneWithItsMnemonicAndArguments() throws IOException {
		Properties japanese = new Properties();
		try (InputStream in = JFaceResources.class.getClassLoader().getResourceAsStream("org/eclipse/jface/messages_ja.properties")) {
			assertNotNull(in, "the fragment is on JFace's class path");
			japanese.load(in);
		}
		ResourceBundle english = ResourceBundle.getBundle(LABELS, Locale.ROOT, JFaceResources.class.getClassLoader());
		for (String key : japanese.stringPropertyNames()) {
			assertTrue(english.containsKey(key), key + " is not one of JFace's labels");
			String original = english.getString(key);
			String translated = japanese.getProperty(key);
			assertEquals(original.contains("&"), translated.contains("&"), key + ": a mnemonic in one language only");
			assertEquals(arguments(original), arguments(translated), key + ": the same arguments");
		}
	}

	private static long arguments(String label) {
		Matcher matcher = ARGUMENT.matcher(label);
		return matcher.results().count();
	}
}
