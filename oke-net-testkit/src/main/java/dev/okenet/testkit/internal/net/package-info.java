/** IPv4 CIDR arithmetic, subnet address pools and DNS label rules. */
package dev.okenet.testkit.internal.net;
