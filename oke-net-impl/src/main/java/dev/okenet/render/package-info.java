/**
 * Renderers of a network: a Mermaid flowchart that GitHub draws. (JSON and YAML model I/O is
 * {@code dev.okenet.io.ModelIO}.)
 *
 * <pre>{@code
 * String diagram = MermaidDiagram.of(prod.resolve()).render();
 * }</pre>
 */
package dev.okenet.render;
