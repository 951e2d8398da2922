/** The Container Engine backend: clusters, node pools, nodes and their addresses, work requests. */
package dev.okenet.testkit.internal.containerengine;
