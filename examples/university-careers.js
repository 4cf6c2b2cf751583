// The portal's own script: an English/Welsh switch, and a form that shows what it would send.
const content = /** @type {HTMLElement} */ (document.getElementById('content'));
/** @type {NodeListOf<HTMLButtonElement>} */
const buttons = document.querySelectorAll('[data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    // The selector makes sure every button has one.
    content.lang = button.dataset.lang ?? '';
    for (const other of buttons) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

const form = /** @type {HTMLFormElement} */ (document.getElementById('interest'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  /** @type {HTMLElement} */ (document.getElementById('submitted')).textContent = JSON.stringify({
    email: data.get('email'),
    skills: data.getAll('skills'),
  });
});
