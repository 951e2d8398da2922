/**
 * Not for users: the apply engine — a dependency DAG walked with bounded parallelism, the ready
 * task with the longest remaining path started first whenever a worker is free (weights in
 * {@code ExpectedDurations}), deletes in reverse order, on a failure no new work while in-flight
 * work finishes, and on a simulated clock a discrete-event simulation of the same walk.
 */
package dev.okenet.oci.internal.apply;
