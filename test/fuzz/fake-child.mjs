// A stand-in for fuzz-child.mjs in the harness's own tests: args[0] says what to do.
process.on('message', ({ id, args }) => {
  if (args[0] === 'hang') for (;;); // a build that never answers
  if (args[0] === 'die') process.exit(3); // a build that takes its process down
  if (args[0] === 'chatter') console.log('a library printing on its own');
  process.send({ id, code: Number(args[1] ?? 0), stdout: '', stderr: args[2] ?? '', stderrLength: (args[2] ?? '').length, ms: 1 });
});
process.send({ ready: true });
