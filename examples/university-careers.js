// The portal's own script: an English/Welsh switch, and a form that shows what it would send.
const content = document.getElementById('content');
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    content.lang = button.dataset.lang;
    for (const other of document.querySelectorAll('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

document.getElementById('interest').addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  document.getElementById('submitted').textContent = JSON.stringify({
    email: data.get('email'),
    skills: data.getAll('skills'),
  });
});
