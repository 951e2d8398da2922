/**
 * How the resolver builds the parts of {@code dev.okenet.resolved} without their constructors
 * being public: {@link dev.okenet.resolved.internal.ResolvedParts}. Not exported; not for users.
 */
package dev.okenet.resolved.internal;
