/**
 * The reference networks {@code prod}, {@code prod-flannel} and {@code broken} that the tests,
 * benchmarks, samples and documentation all use, so every figure is about the same thing.
 */
package dev.okenet.reference;
