/** Argument checks shared by the testkits' public members (exported to oke-net-testkit-kube only). */
package dev.okenet.testkit.internal.arguments;
