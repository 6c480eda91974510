// The console's only script (the CSP allows no inline script): Copy buttons. Without it, the fields stay selectable.
"use strict";

document.querySelectorAll("button[data-copy]").forEach(function (button) {
  var field = document.getElementById(button.getAttribute("data-copy"));
  var status = document.getElementById(button.getAttribute("data-copy") + "-copied");
  if (!field) return;
  button.hidden = false;

  function say(text) {
    status.textContent = text;
    window.setTimeout(function () { status.textContent = ""; }, 4000);
  }

  function fallback() {
    field.focus();
    field.select();
    say(document.execCommand && document.execCommand("copy") ? "Copied" : "Selected: press Ctrl+C to copy");
  }

  button.addEventListener("click", function () {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { say("Copied"); }, fallback);
    } else {
      fallback();
    }
  });
});
