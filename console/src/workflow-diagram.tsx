import { useId } from 'react';
import { BOX, layoutWorkflow, type Workflow } from './diagram';
import { words } from './format';

/**
 * The workflow drawn as a graph (SVG, laid out by `layoutWorkflow`): the current state filled,
 * the states it may go to next outlined and the arrows to them drawn dark. One image with a
 * text alternative that says the current state and the next steps; the list beside it says the
 * same in full (who may send each, under which guard).
 */
export function WorkflowDiagram({ workflow }: { workflow: Workflow }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const arrow = `${id}-arrow`;
  const arrowNext = `${id}-arrow-next`;
  const layout = layoutWorkflow(workflow);
  const next = workflow.transitions.filter((t) => t.from === workflow.current);
  const nextStates = new Set(next.map((t) => t.to));
  const description = [
    workflow.current ? `Current state: ${words(workflow.current)}.` : 'The current state is not marked.',
    next.length > 0 ? `Next steps: ${next.map((t) => `${t.event ? words(t.event) : 'automatically'} to ${words(t.to)}`).join('; ')}.` : 'No further steps from here.',
    `All states: ${workflow.states.map((s) => words(s)).join(', ')}.`,
  ].join(' ');
  // the arrows from the current state on top of the others
  const edges = [...layout.edges].sort((a, b) => Number(a.from === workflow.current) - Number(b.from === workflow.current));
  return (
    <figure className="workflow-diagram">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        style={{ maxWidth: '100%', height: 'auto' }}
        data-current={workflow.current ?? undefined}
      >
        <title id={titleId}>Workflow diagram</title>
        <desc id={descId}>{description}</desc>
        <defs>
          <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
          </marker>
          <marker id={arrowNext} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#1d4ed8" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {edges.map((edge) => {
            const isNext = edge.from === workflow.current;
            return (
              <path
                key={`${edge.from}->${edge.to}`}
                d={edge.path}
                fill="none"
                stroke={isNext ? '#1d4ed8' : '#94a3b8'}
                strokeWidth={isNext ? 2.2 : 1.2}
                markerEnd={`url(#${isNext ? arrowNext : arrow})`}
                data-edge={`${edge.from}->${edge.to}`}
              >
                <title>{`${words(edge.from)} → ${words(edge.to)}: ${edge.events.map((e) => words(e)).join(', ')}`}</title>
              </path>
            );
          })}
          {layout.nodes.map((node) => {
            const current = node.state === workflow.current;
            const upcoming = nextStates.has(node.state) && !current;
            const final = workflow.finals.includes(node.state);
            return (
              <g key={node.state} data-state={node.state} className={current ? 'current' : upcoming ? 'next' : undefined}>
                <rect
                  x={node.x - BOX.width / 2}
                  y={node.y - BOX.height / 2}
                  width={BOX.width}
                  height={BOX.height}
                  rx={final ? 4 : 14}
                  fill={current ? '#fde68a' : upcoming ? '#dbeafe' : final ? '#f1f5f9' : '#ffffff'}
                  stroke={current ? '#b45309' : upcoming ? '#1d4ed8' : '#64748b'}
                  strokeWidth={current ? 2.5 : upcoming ? 1.8 : 1}
                />
                <text x={node.x} y={node.y} dominantBaseline="central" textAnchor="middle" fontSize="12" fontWeight={current ? 700 : 400} fill="#111827">
                  {words(node.state)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="legend">
        <span className="key current">current state</span> <span className="key next">where it may go next</span> <span className="key final">an end state</span>
      </figcaption>
    </figure>
  );
}
