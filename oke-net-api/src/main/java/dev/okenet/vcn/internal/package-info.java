/**
 * Not for users: argument checks for the model's CIDR blocks.
 */
package dev.okenet.vcn.internal;
