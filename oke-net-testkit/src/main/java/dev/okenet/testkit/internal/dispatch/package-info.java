/** The proxy that implements the SDK interfaces and the dispatcher every call passes through. */
package dev.okenet.testkit.internal.dispatch;
