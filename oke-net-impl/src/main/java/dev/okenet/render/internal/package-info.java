/**
 * How the renderers work: the Mermaid flowchart writer and the model I/O schema (records mapped by
 * Jackson) with its two mappers. Not for users: the entry points are
 * {@link dev.okenet.render.MermaidDiagram} and {@link dev.okenet.render.ModelIO}.
 */
package dev.okenet.render.internal;
