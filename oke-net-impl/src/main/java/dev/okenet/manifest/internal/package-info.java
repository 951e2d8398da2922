/**
 * How each kind of Kubernetes object is rendered from the model. Not for users: the entry point is
 * {@link dev.okenet.manifest.Manifests}.
 */
package dev.okenet.manifest.internal;
