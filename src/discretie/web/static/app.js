// Discretie web console: small conveniences only. Every action works without this file.
(function () {
  "use strict";

  // "Select all" checkbox in the queue (hidden without JavaScript).
  var all = document.getElementById("select-all");
  if (all) {
    var boxes = document.querySelectorAll('#bulk input[type="checkbox"][name="id"]');
    all.hidden = boxes.length === 0;
    all.addEventListener("change", function () {
      boxes.forEach(function (box) { box.checked = all.checked; });
    });
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        var checked = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
        all.checked = checked === boxes.length;
        all.indeterminate = checked > 0 && checked < boxes.length;
      });
    });
  }

  // Do not send a form twice when a button is clicked twice.
  document.querySelectorAll('form[method="post"]').forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent === "1") {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "1";
      window.setTimeout(function () { form.dataset.sent = ""; }, 4000);
    });
  });
})();
