package org.madoguchi.service.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock in Tokyo that stands where a test sets it: each audit entry is stamped at the time the test chose. */
final class TurnableClock extends Clock {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private Instant now;

	TurnableClock(LocalDateTime at) {
		set(at);
	}

	/** From now on the time is {@code at}, Tokyo's local time. */
	void set(LocalDateTime at) {
		now = at.atZone(TOKYO).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return TOKYO;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(TOKYO) ? this : Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
