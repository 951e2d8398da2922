/** The Network Load Balancer backend: NLBs, listeners, backend sets, backends, work requests. */
package dev.okenet.testkit.internal.nlb;
