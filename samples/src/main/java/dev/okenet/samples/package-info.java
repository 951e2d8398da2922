/**
 * Runnable examples. {@link dev.okenet.samples.ProductionNetwork} is the README's main job.
 */
package dev.okenet.samples;
