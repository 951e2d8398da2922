/**
 * Not for users: the apply engine — a dependency DAG walked with bounded parallelism, each task
 * started as soon as its dependencies are ready, deletes in reverse order, and on a failure no new
 * work while in-flight work finishes.
 */
package dev.okenet.oci.internal.apply;
