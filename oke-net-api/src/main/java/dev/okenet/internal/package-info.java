/**
 * Not for users: the Immutables style and argument checks shared by the model's packages.
 */
package dev.okenet.internal;
