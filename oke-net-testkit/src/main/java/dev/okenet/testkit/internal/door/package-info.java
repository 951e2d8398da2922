/**
 * Not for users: the loopback HTTP server behind {@code FakeOci.startHttp()}. It routes each
 * request by the SDK's own method and path (the {@code *.routes} tables beside these classes),
 * rebuilds the SDK request object, calls FakeOci's in-process service, and writes the SDK response
 * back as the real service would, with the SDK's own JSON mapper.
 */
package dev.okenet.testkit.internal.door;
