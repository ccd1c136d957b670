package org.madoguchi.cli.internal;

import org.madoguchi.model.ApplicationChannel;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --channel counter|mail|online|photo-booth}: how the application reached J-LIS. */
final class ChannelConverter implements ITypeConverter<ApplicationChannel> {

	@Override
	public ApplicationChannel convert(String value) {
		ApplicationChannel channel = ApplicationChannel.get(value);
		if (channel == null) {
			throw new TypeConversionException("'" + value + "' is not a channel: use counter, mail, online or photo-booth");
		}
		return channel;
	}
}
