/* Contributor pages, progressively enhanced (every page works without this script):
 * - the dataset page polls its status.json about once a second while a worker is busy, moves the
 *   progress bar, and swaps in the server-rendered page when the stage changes (no reload);
 * - the upload form sends its file with XMLHttpRequest to show how much has been sent;
 * - a "copy" button copies the text of the field it names. */
(function () {
  "use strict";

  var POLL_MS = 1000;

  function setProgress(bar, percent, text) {
    if (!bar) return;
    if (percent === null || percent === undefined) {
      bar.removeAttribute("value");
      bar.removeAttribute("aria-valuenow");
      bar.setAttribute("aria-valuetext", "in progress");
      bar.textContent = "";
      return;
    }
    bar.value = percent;
    bar.setAttribute("value", String(percent));
    bar.setAttribute("aria-valuenow", String(percent));
    bar.setAttribute("aria-valuemin", "0");
    bar.setAttribute("aria-valuemax", "100");
    bar.setAttribute("aria-valuetext", text || percent + " %");
    bar.textContent = percent + " %";
  }

  function setText(id, text) {
    var el = document.getElementById(id);
    if (el && el.textContent !== text) el.textContent = text;
  }

  /* --- dataset page --------------------------------------------------------------------------- */

  function initDatasetPage(page) {
    var statusUrl = page.getAttribute("data-status-url");
    var timer = null;
    var failures = 0;

    function schedule(ms) {
      window.clearTimeout(timer);
      timer = window.setTimeout(poll, ms);
    }

    function swapPage(onDone) {
      // The stage changed: fetch the server-rendered page and replace this one's content in place.
      fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.text();
        })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("dataset-page");
          if (!fresh) throw new Error("no dataset page in the answer");
          page.innerHTML = fresh.innerHTML;
          page.setAttribute("data-status", fresh.getAttribute("data-status"));
          page.setAttribute("data-active", fresh.getAttribute("data-active"));
          onDone(fresh.getAttribute("data-active") === "true");
        })
        .catch(function () {
          onDone(true); // try again on the next poll
        });
    }

    function apply(data) {
      setText("dataset-status", data.status_display);
      setText("progress-stage", data.stage);
      setText("progress-percent", data.percent === null ? "" : data.percent + " %");
      setText("progress-summary", data.summary || "");
      var text = data.percent === null ? "" : data.percent + " %" + (data.summary ? ", " + data.summary : "");
      setProgress(document.getElementById("dataset-progress"), data.percent, text);
    }

    function poll() {
      fetch(statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" }, cache: "no-store" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          failures = 0;
          var shown = page.getAttribute("data-status");
          apply(data);
          if (data.status !== shown && !(data.active && isActive(shown))) {
            // A new stage with its own content (review, report, failure): render it in place.
            swapPage(function (stillActive) {
              if (stillActive) schedule(POLL_MS);
            });
            return;
          }
          page.setAttribute("data-status", data.status);
          if (data.active) schedule(POLL_MS);
        })
        .catch(function () {
          failures += 1;
          schedule(Math.min(30000, POLL_MS * Math.pow(2, failures))); // back off while offline
        });
    }

    function isActive(status) {
      return ["uploaded", "scanning", "approved", "anonymizing"].indexOf(status) >= 0;
    }

    if (page.getAttribute("data-active") === "true") schedule(POLL_MS);
  }

  /* --- upload form ---------------------------------------------------------------------------- */

  function formatBytes(n) {
    if (n < 1024) return n + " B";
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + " KiB";
    if (n < 1024 * 1024 * 1024) return (n / (1024 * 1024)).toFixed(1) + " MiB";
    return (n / (1024 * 1024 * 1024)).toFixed(2) + " GiB";
  }

  function initUploadForm(form) {
    if (!window.FormData || !window.XMLHttpRequest) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var box = document.getElementById("upload-progress");
      var bar = document.getElementById("upload-progress-bar");
      var text = document.getElementById("upload-progress-text");
      var button = form.querySelector("button[type=submit]");
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.getAttribute("action") || window.location.href);
      xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
      xhr.upload.addEventListener("progress", function (e) {
        if (!e.lengthComputable) return;
        var percent = Math.floor((e.loaded / e.total) * 100);
        setProgress(bar, percent, formatBytes(e.loaded) + " of " + formatBytes(e.total) + " sent");
        text.textContent = percent + " % — " + formatBytes(e.loaded) + " of " + formatBytes(e.total) + " sent";
      });
      xhr.upload.addEventListener("load", function () {
        text.textContent = "Sent; checking the file…";
      });
      xhr.addEventListener("load", function () {
        if (xhr.status === 201) {
          var answer = JSON.parse(xhr.responseText);
          window.location.assign(answer.location);
          return;
        }
        var fresh = new DOMParser().parseFromString(xhr.responseText, "text/html");
        var section = fresh.getElementById("upload-section");
        if ((xhr.status === 400 || xhr.status === 413) && section) {
          // The form again with its errors, as the server rendered it; a file the server did not
          // refuse stays chosen (a page load would make the user pick it again).
          var current = document.getElementById("upload-section");
          var chosen = document.getElementById("id_file");
          current.innerHTML = section.innerHTML;
          var blank = document.getElementById("id_file");
          if (chosen && blank && !document.getElementById("id_file_error") && chosen.files.length) {
            blank.replaceWith(chosen);
          }
          var next = document.getElementById("upload-form");
          if (next) initUploadForm(next);
          var summary = document.getElementById("upload-errors");
          if (summary) summary.focus();
          return;
        }
        fail("The upload failed (HTTP " + xhr.status + "). Try again.");
      });
      xhr.addEventListener("error", function () {
        fail("The connection was lost during the upload. Try again.");
      });
      function fail(message) {
        box.hidden = false;
        text.textContent = message;
        button.disabled = false;
      }
      box.hidden = false;
      button.disabled = true;
      setProgress(bar, 0, "0 % sent");
      text.textContent = "Starting the upload…";
      xhr.send(new FormData(form));
    });
  }

  /* --- copy buttons --------------------------------------------------------------------------- */

  function initCopyButtons() {
    var buttons = document.querySelectorAll("button[data-copy-target]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var field = document.getElementById(button.getAttribute("data-copy-target"));
        if (!field) return;
        var done = function () {
          button.textContent = "Copied";
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(field.value || field.textContent).then(done, function () {
            field.select();
          });
        } else {
          field.select();
        }
      });
    });
  }

  var page = document.getElementById("dataset-page");
  if (page) initDatasetPage(page);
  var form = document.getElementById("upload-form");
  if (form) initUploadForm(form);
  initCopyButtons();
})();
