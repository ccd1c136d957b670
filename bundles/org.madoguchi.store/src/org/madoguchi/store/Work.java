package org.madoguchi.store;

/** One unit of work against the register, run inside one transaction. */
@FunctionalInterface
public interface Work<T> {
	T run(Session session);
}
