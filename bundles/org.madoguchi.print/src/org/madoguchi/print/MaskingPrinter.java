package org.madoguchi.print;

import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Element;

/**
 * Masking cards that turn a My Number Card into a national civil servant's ID:
 * card-sized, with windows cut exactly over the card front's photo and name boxes of the same
 * layout, the ministry or agency and bureau, and a signature column.
 */
public final class MaskingPrinter {

	private final CardLayout layout;

	public MaskingPrinter(CardLayout layout) {
		this.layout = layout;
	}

	/** The windows: the card front's photo and name boxes. */
	public List<Box> windows() {
		return List.of(layout.front().get("photo"), layout.front().get("name"));
	}

	public List<List<Long>> print(List<MaskingFace> officials, Sheet sheet, OutputStream out) {
		return new Imposition(layout, sheet, false).write(officials, new Painter(), out, printed -> {
			// a few officials at a time: nothing to report
		});
	}

	private final class Painter implements FacePainter<MaskingFace> {

		@Override
		public long subject(MaskingFace official) {
			return official.residentId();
		}

		@Override
		public void front(CardCanvas canvas, MaskingFace official) {
			for (Box window : windows()) {
				canvas.window(window);
			}
			canvas.text(layout.masking().get("title"), null, Element.ALIGN_LEFT);
			canvas.text(layout.masking().get("ministry"), official.ministry(), Element.ALIGN_LEFT);
			String bureau = official.bureau() == null ? "" : official.bureau();
			String position = official.position() == null ? "" : "　" + official.position();
			canvas.text(layout.masking().get("bureau"), bureau + position, Element.ALIGN_LEFT);
			canvas.text(layout.masking().get("officialId"), "身分証明書番号 " + official.officialId(), Element.ALIGN_LEFT);
			canvas.text(layout.masking().get("signature"), null, Element.ALIGN_LEFT);
		}

		@Override
		public boolean hasBack() {
			return false;
		}

		@Override
		public void back(CardCanvas canvas, MaskingFace official) {
			throw new UnsupportedOperationException("A masking card has one side");
		}
	}
}
