/**
 * The respondent page's script reading and filling its form, and marking a question as needing
 * another look. Self-contained like page-logic.ts: the served script carries their source text
 * (survey-page-script.ts). Fields are named as form-fields.ts says: a.<question>[.<item>], r.<question>.<option>.
 */

/** What the respondent has entered, by field name: ticked choices, chosen places, typed text. */
export function readFormFields(form: HTMLFormElement): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const element of Array.from(form.elements) as HTMLInputElement[]) {
    const name = element.name;
    if (!name || !/^[ar]\./.test(name)) continue;
    if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) continue;
    if (element.value === '') continue;
    (fields[name] ??= []).push(element.value);
  }
  return fields;
}

/** Puts answers kept on the device back into the form; a field not kept is cleared. */
export function fillFormFields(form: HTMLFormElement, fields: Record<string, string[]>): void {
  for (const element of Array.from(form.elements) as HTMLInputElement[]) {
    const name = element.name;
    if (!name || !/^[ar]\./.test(name)) continue;
    const values = fields[name] ?? [];
    if (element.type === 'radio' || element.type === 'checkbox') element.checked = values.includes(element.value);
    else element.value = values[0] ?? '';
  }
}

/** Shows (or, with null, clears) why a question's answer needs another look, tied to its control. */
export function markQuestion(question: HTMLElement, text: string | null): void {
  const id = 'q-' + question.getAttribute('data-key') + '-error';
  let note = document.getElementById(id);
  question.classList.toggle('invalid', text !== null);
  if (text === null) {
    note?.remove();
    return;
  }
  if (!note) {
    note = document.createElement('p');
    note.className = 'error';
    note.id = id;
    (question.querySelector('.help') ?? question.querySelector('legend, label'))!.insertAdjacentElement('afterend', note);
    const control = question.tagName === 'FIELDSET' ? question : question.querySelector('input, textarea');
    control?.setAttribute('aria-describedby', ((control.getAttribute('aria-describedby') ?? '') + ' ' + id).trim());
  }
  note.textContent = text;
}
