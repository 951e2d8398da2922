/**
 * How the renderers work: the Mermaid flowchart writer. Not for users: the entry point is
 * {@link dev.okenet.render.MermaidDiagram}.
 */
package dev.okenet.render.internal;
