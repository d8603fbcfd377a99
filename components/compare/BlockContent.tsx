import type { ReactNode } from 'react';
import type { BlockDiff } from '@/lib/diff/types';
import { useTranslations } from 'next-intl';
import { useDates } from '@/components/dates/useDates';
import { CALLOUT_KINDS, type JSONNode } from '@/lib/doc/types';
import { diffLines, type DiffLine, type View } from './lines';
import { ChangePrefix, WordOps } from './WordOps';
import styles from './compare.module.css';

type Props = { block: BlockDiff; view: View };

const attr = (node: JSONNode | undefined, name: string): string => {
  const value = node?.attrs?.[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};

/**
 * A block's text in one view (old column, new column, or inline), shaped enough to be read: a
 * routine with its header, a heading as a heading, list lines with their numbers, tables as
 * tables. The words come from the diff's ops; the document nodes only supply structure.
 */
export function BlockContent({ block, view }: Props) {
  const node = view === 'old' ? block.old : view === 'new' ? block.new : (block.new ?? block.old);
  const whole = block.status === 'inserted' || block.status === 'deleted';
  const lines = diffLines(block.ops, view, block.old, block.new);
  const content = (
    <>
      {block.blockType === 'routine' && <RoutineHeader node={node} />}
      {block.blockType === 'callout' && <CalloutName node={node} />}
      <Body block={block} node={node} lines={lines} plain={whole} />
    </>
  );
  if (!whole)
    return (
      <div className={styles.content} data-type={block.blockType}>
        {content}
      </div>
    );
  const op = block.status === 'inserted' ? 'insert' : 'delete';
  const Tag = op === 'insert' ? 'ins' : 'del';
  return (
    <Tag
      className={`${styles.content} ${styles.wholeBlock} ${op === 'insert' ? styles.ins : styles.del}`}
      data-type={block.blockType}
    >
      <ChangePrefix op={op} />
      {content}
    </Tag>
  );
}

function CalloutName({ node }: { node: JSONNode | undefined }) {
  const t = useTranslations('compare');
  const kind = CALLOUT_KINDS.find((k) => k === attr(node, 'kind'));
  return <p className={styles.calloutKind}>{kind ? t(`calloutKinds.${kind}`) : t('blockTypes.callout')}</p>;
}

function RoutineHeader({ node }: { node: JSONNode | undefined }) {
  const t = useTranslations('compare');
  const dates = useDates();
  const reviewBy = attr(node, 'reviewBy');
  const owner = attr(node, 'owner');
  const email = attr(node, 'ownerEmail');
  const fields: [string, string][] = [
    [t('routineFields.what'), attr(node, 'what')],
    [t('routineFields.owner'), owner && email ? `${owner} (${email})` : owner || email],
    [t('routineFields.reviewBy'), reviewBy && dates.date(reviewBy)],
  ];
  return (
    <div className={styles.routineHeader}>
      <p className={styles.routineTitle}>{attr(node, 'title') || attr(node, 'id')}</p>
      <dl className={styles.routineMeta}>
        {fields
          .filter(([, value]) => value !== '')
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

function Body({
  block,
  node,
  lines,
  plain,
}: {
  block: BlockDiff;
  node: JSONNode | undefined;
  lines: DiffLine[];
  plain: boolean;
}) {
  const t = useTranslations('compare');
  if (block.blockType === 'horizontalRule') return <hr className={styles.rule} />;
  if (lines.every((line) => line.segments.length === 0)) return <p className={styles.empty}>{t('emptyBlock')}</p>;
  if (block.blockType === 'codeBlock') {
    return (
      <pre className={styles.code}>
        <code>
          {lines.map((line, i) => (
            <span key={i} className={styles.codeLine}>
              <WordOps segments={line.segments} plain={plain} />
            </span>
          ))}
        </code>
      </pre>
    );
  }
  if (
    block.blockType === 'table' &&
    lines.every((line) => line.info.row !== undefined && line.info.col !== undefined)
  ) {
    return <LinesTable lines={lines} plain={plain} />;
  }
  const level = Number(attr(node, 'level')) || 2;
  const className =
    block.blockType === 'heading'
      ? `${styles.heading} ${styles[`level${Math.min(Math.max(level, 1), 4)}`]}`
      : undefined;
  return (
    <div className={className}>
      {lines.map((line, i) => (
        <Line key={i} line={line} plain={plain} />
      ))}
    </div>
  );
}

function Line({ line, plain }: { line: DiffLine; plain: boolean }) {
  const { lists, marker } = line.info;
  return (
    <div className={styles.line} style={lists > 0 ? { paddingInlineStart: `${lists * 1.6}em` } : undefined}>
      {lists > 0 && <span className={styles.marker}>{marker}</span>}
      <WordOps segments={line.segments} plain={plain} />
    </div>
  );
}

/** Table lines back in rows and cells; a row is the lines in a row of one revision, in order. */
function LinesTable({ lines, plain }: { lines: DiffLine[]; plain: boolean }) {
  const rows: { key: string; cells: Map<number, DiffLine[]> }[] = [];
  let columns = 0;
  for (const line of lines) {
    const key = `${line.source}:${line.info.row}`;
    let row = rows[rows.length - 1];
    if (!row || row.key !== key) rows.push((row = { key, cells: new Map() }));
    const col = line.info.col ?? 0;
    columns = Math.max(columns, col + 1);
    const cell = row.cells.get(col);
    if (cell) cell.push(line);
    else row.cells.set(col, [line]);
  }
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {Array.from({ length: columns }, (_, c) => {
                const cell = row.cells.get(c);
                const children: ReactNode = cell?.map((line, i) => (
                  <div key={i} className={styles.line}>
                    <WordOps segments={line.segments} plain={plain} />
                  </div>
                ));
                return cell?.[0].info.header ? <th key={c}>{children}</th> : <td key={c}>{children}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
