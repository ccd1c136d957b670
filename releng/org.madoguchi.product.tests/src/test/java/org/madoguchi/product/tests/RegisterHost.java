package org.madoguchi.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which process hosts an embedded register: H2's lock file names the host's server port, and
 * Linux's /proc tells which process listens on it.
 */
final class RegisterHost {

	/** The process among {@code candidates} that hosts the register in {@code folder}, if one does. */
	static Optional<Process> among(Path folder, Collection<Process> candidates) {
		Optional<Integer> port = serverPort(folder);
		if (port.isEmpty()) {
			return Optional.empty();
		}
		Set<String> sockets = listeningSockets(port.get());
		return candidates.stream().filter(Process::isAlive).filter(process -> holdsAny(process.pid(), sockets)).findFirst();
	}

	private static Optional<Integer> serverPort(Path folder) {
		Properties lock = new Properties();
		try (InputStream in = Files.newInputStream(folder.resolve("madoguchi.lock.db"))) {
			lock.load(in);
		} catch (IOException e) {
			return Optional.empty();
		}
		String server = lock.getProperty("server");
		return server == null ? Optional.empty() : Optional.of(Integer.parseInt(server.substring(server.lastIndexOf(':') + 1)));
	}

	/** The socket inodes listening on {@code port} (state 0A in /proc/net/tcp and tcp6). */
	private static Set<String> listeningSockets(int port) {
		Set<String> inodes = new HashSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			try {
				List<String> lines = Files.readAllLines(Path.of(table));
				for (String line : lines.subList(1, lines.size())) {
					String[] fields = line.trim().split("\\s+");
					String local = fields[1];
					if (Integer.parseInt(local.substring(local.indexOf(':') + 1), 16) == port && fields[3].equals("0A")) {
						inodes.add("socket:[" + fields[9] + "]");
					}
				}
			} catch (IOException e) {
				// no IPv6 table on this machine
			}
		}
		return inodes;
	}

	private static boolean holdsAny(long pid, Set<String> sockets) {
		try (Stream<Path> descriptors = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
			return descriptors.anyMatch(descriptor -> {
				try {
					return sockets.contains(Files.readSymbolicLink(descriptor).toString());
				} catch (IOException e) {
					return false;
				}
			});
		} catch (IOException e) {
			return false;
		}
	}

	private RegisterHost() {
	}
}
