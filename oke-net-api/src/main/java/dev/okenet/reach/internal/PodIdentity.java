package dev.okenet.reach.internal;

import java.util.Map;

/**
 * Who a pod is to NetworkPolicy: its namespace and labels (a pods endpoint's selector labels, or
 * the selector of the Service that fronts it).
 *
 * @param namespace the namespace
 * @param labels the pod's labels
 */
record PodIdentity(String namespace, Map<String, String> labels) {}
