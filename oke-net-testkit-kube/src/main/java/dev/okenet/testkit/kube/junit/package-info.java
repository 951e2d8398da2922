/**
 * A JUnit 5 extension that starts a simulated OKE cluster per test class: {@link
 * dev.okenet.testkit.kube.junit.SimulatedClusterTest}.
 */
package dev.okenet.testkit.kube.junit;
