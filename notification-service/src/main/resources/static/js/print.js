// The packet's print button.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('print');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
});
