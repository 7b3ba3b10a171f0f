import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ConsolePreviewDocument, type ApplicationAction, type ApplicationKind, type ConsolePreviewQuery } from '../../schema/client/graphql';
import type { ActionForm, Facts, Field, Values } from './actions';
import { refusalOf, type Refusal } from './client';
import { today, words } from './format';

type Preview = NonNullable<ConsolePreviewQuery['previewAction']>;

function initialValues(form: ActionForm, facts: Facts): Values {
  return Object.fromEntries(form.fields.map((field) => [field.name, field.initial?.(facts) ?? (field.type === 'checkbox' ? false : '')]));
}

/** a violation's field relative to the input: `input.amount`, `payload.amount` and `amount` all land on `amount` */
function fieldOf(path: string): string {
  return path.replace(/^(input|payload)\./, '');
}

/**
 * A refused dry run names its fields in its message (`payload.amount: …; payload.note: …`, or the
 * engine's `occurredOn: … is in the future`), as the mutation would name them in its violations:
 * read back, so they are shown next to the field.
 */
function previewViolations(preview: Preview | null): Refusal['violations'] {
  if (!preview || preview.allowed || preview.code !== 'VALIDATION' || !preview.message) return [];
  return [...preview.message.matchAll(/(?:^|;\s*)(?:payload\.)?([\w.]+): (.*?)(?=;\s*(?:payload\.)?[\w.]+: |$)/g)].map((m) => ({ field: m[1]!, rule: 'VALIDATION', message: m[2]! }));
}

function FieldInput({ field, id, value, error, onChange }: { field: Field; id: string; value: string | boolean; error?: string; onChange: (value: string | boolean) => void }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [field.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = { id, name: field.name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required: field.required };
  let input;
  if (field.type === 'checkbox') {
    input = <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
  } else if (field.type === 'textarea') {
    input = <textarea rows={2} {...common} value={String(value)} onChange={(e) => onChange(e.target.value)} />;
  } else if (field.type === 'method') {
    input = (
      <select {...common} value={String(value)} onChange={(e) => onChange(e.target.value)}>
        <option value="ANNUITY">annuity</option>
        <option value="DIFFERENTIATED">differentiated</option>
      </select>
    );
  } else {
    const type = field.type === 'date' ? 'date' : field.type === 'number' ? 'number' : 'text';
    const inputMode = field.type === 'money' || field.type === 'percent' ? 'decimal' : undefined;
    const max = field.type === 'date' && field.notInFuture ? today() : undefined;
    input = <input type={type} inputMode={inputMode} max={max} {...common} value={String(value)} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={field.type === 'checkbox' ? 'field check' : 'field'}>
      {field.type === 'checkbox' ? (
        <>
          {input}
          <label htmlFor={id}>{field.label}</label>
        </>
      ) : (
        <>
          <label htmlFor={id}>
            {field.label}
            {field.required ? ' (required)' : ''}
          </label>
          {input}
        </>
      )}
      {field.hint && (
        <small id={hintId} className="hint">
          {field.hint}
        </small>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * One action's form: fill it in, see the dry run (`previewAction`: allowed, and the state it
 * leads to, or why not), then confirm. The mutation carries the version the page was read at;
 * a refusal is shown in words next to the field it names, or above the buttons.
 */
export function ActionFormView(props: {
  applicationId: string;
  version: number;
  kind: ApplicationKind;
  action: ApplicationAction;
  form: ActionForm;
  facts: Facts;
  /** after the action went through: read the application again */
  onDone: (message: string) => void;
  /** the application moved on since the page read it: read it again */
  onConflict: () => void;
}) {
  const { form, action } = props;
  const client = useApolloClient();
  const [values, setValues] = useState<Values>(() => initialValues(form, props.facts));
  const [preview, setPreview] = useState<Preview | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const baseId = useId();
  const titleId = `${baseId}-title`;

  const fieldErrors = new Map<string, string>();
  const violations = [...(refusal?.violations ?? []), ...previewViolations(preview)];
  // a refused business date (IN_FUTURE, BEFORE_PREVIOUS_EVENT, BACK_ENTRY_CLOSED, DATE_CONFLICT)
  // lands on the form's date field, be it occurredOn or the event's own paidOn, signedOn, visitedOn
  const fieldOfViolation = (path: string) => (fieldOf(path) === 'occurredOn' ? form.dateField : fieldOf(path));
  const concerns = (f: { name: string }, path: string) => {
    const name = fieldOfViolation(path);
    return name === f.name || name.startsWith(`${f.name}.`) || name.endsWith(`.${f.name}`);
  };
  for (const violation of violations) {
    const known = form.fields.find((f) => concerns(f, violation.field));
    if (known) fieldErrors.set(known.name, [fieldErrors.get(known.name), violation.message].filter(Boolean).join('; '));
  }
  const unplaced = violations.filter((v) => !form.fields.some((f) => fieldErrors.has(f.name) && concerns(f, v.field)));

  const change = (name: string) => (value: string | boolean) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    // a changed form needs a new dry run
    setPreview(null);
  };

  const runPreview = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      const result = await client.query({
        query: ConsolePreviewDocument,
        variables: { applicationId: props.applicationId, action, payload: form.payload(values, props.kind) as Record<string, unknown> },
        fetchPolicy: 'no-cache',
      });
      setPreview(result.data?.previewAction ?? null);
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await client.mutate({
        mutation: form.document,
        variables: { input: { applicationId: props.applicationId, expectedVersion: props.version, ...form.payload(values, props.kind) } },
      });
      setPreview(null);
      props.onDone(`${form.label}: done.`);
    } catch (error) {
      const answer = refusalOf(error);
      setRefusal(answer);
      setPreview(null);
      if (answer.code === 'VERSION_CONFLICT') props.onConflict();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="action" aria-labelledby={titleId} onSubmit={runPreview} noValidate data-action={action}>
      <h3 id={titleId}>{form.label}</h3>
      {form.fields.map((field) => (
        <FieldInput key={field.name} field={field} id={`${baseId}-${field.name}`} value={values[field.name] ?? ''} error={fieldErrors.get(field.name)} onChange={change(field.name)} />
      ))}
      {refusal && (
        <div className="refusal" role="alert">
          <p>
            <strong>{refusalTitle(refusal.code)}</strong> {refusal.code === 'VERSION_CONFLICT' ? 'The application changed since this page read it; it has been read again. Check it and confirm again.' : refusal.message}
          </p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((v) => (
                <li key={`${v.field}-${v.rule}`}>
                  {v.field}: {v.message}
                </li>
              ))}
            </ul>
          )}
          {refusal.code === 'UNAUTHENTICATED' && <p>Sign in again, then confirm again: the form keeps what you typed.</p>}
        </div>
      )}
      {preview && (
        <div className={preview.allowed ? 'preview allowed' : 'preview refused'} role="status">
          {preview.allowed ? (
            <p>
              Dry run: allowed. The application would move from <strong>{words(preview.fromStatus)}</strong> to <strong>{words(preview.toStatus)}</strong>.
            </p>
          ) : (
            <p>
              Dry run: refused ({preview.code}). {preview.message}
            </p>
          )}
        </div>
      )}
      <div className="buttons">
        <button type="submit" disabled={busy}>
          Preview {form.label.toLowerCase()}
        </button>
        {preview?.allowed && (
          <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
            Confirm {form.label.toLowerCase()}
          </button>
        )}
      </div>
    </form>
  );
}

function refusalTitle(code: string): string {
  switch (code) {
    case 'VALIDATION':
      return 'Please correct the form.';
    case 'FORBIDDEN':
      return 'Not allowed.';
    case 'VERSION_CONFLICT':
      return 'Someone else acted first.';
    case 'INVALID_TRANSITION':
      return 'Not possible in this state.';
    case 'BUDGET_EXHAUSTED':
      return 'The budget is exhausted.';
    case 'UNAUTHENTICATED':
      return 'Your session has expired.';
    default:
      return 'Refused.';
  }
}
