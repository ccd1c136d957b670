package org.madoguchi.print;

/** Millimetres to PDF points. */
final class Units {

	static final float POINTS_PER_MM = 72f / 25.4f;

	static float pt(double mm) {
		return (float) (mm * POINTS_PER_MM);
	}

	private Units() {
	}
}
