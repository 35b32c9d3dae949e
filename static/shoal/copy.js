// Copy buttons: <button data-copy-target="ID" hidden> copies the text of element ID and says so in the
// live region data-copy-status="ID". Without JavaScript the buttons stay hidden and the code remains
// selectable. Served from our own origin (the CSP allows no inline script without its hash).
(function () {
  "use strict";

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return fallbackCopy(text);
      });
    }
    return fallbackCopy(text);
  }

  function say(button, message) {
    var status = document.querySelector('[data-copy-status="' + button.dataset.copyTarget + '"]');
    if (status) {
      status.textContent = message;
    }
  }

  document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.dataset.copyTarget);
      if (!source) {
        return;
      }
      copy(source.textContent).then(
        function () {
          say(button, "Copied to the clipboard.");
        },
        function () {
          say(button, "Copy failed: select the text and copy it by hand.");
        }
      );
    });
  });
})();
