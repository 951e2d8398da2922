/**
 * Renderers of a network: a Mermaid flowchart that GitHub draws, and JSON / YAML reading and
 * writing of {@link dev.okenet.OkeNetwork} so that tools in other languages can feed the library.
 *
 * <pre>{@code
 * String diagram = MermaidDiagram.of(prod.resolve()).render();
 * String json = ModelIO.toJson(prod);
 * OkeNetwork again = ModelIO.fromJson(json);
 * }</pre>
 */
package dev.okenet.render;
