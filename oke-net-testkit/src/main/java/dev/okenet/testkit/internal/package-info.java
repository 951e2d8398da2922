/** Implementation of FakeOci; nothing here is API and everything may change. */
package dev.okenet.testkit.internal;
