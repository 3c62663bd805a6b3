import { parseFixtureArgs } from '../fixture-model/args.js'

describe('parseFixtureArgs', () => {
  it('reads preset, quantized and out', () => {
    expect(parseFixtureArgs(['--preset', 'minilm', '--quantized', '--out', 'm'])).toEqual({
      preset: 'minilm',
      quantized: true,
      outDir: 'm'
    })
    expect(parseFixtureArgs(['--out=t', '--preset=tiny'])).toEqual({
      preset: 'tiny',
      quantized: false,
      outDir: 't'
    })
  })

  it.each([
    [['--out', 'x'], /--preset is required/],
    [['--preset', 'base', '--out', 'x'], /--preset must be one of tiny, minilm, got "base"/],
    [['--preset', 'tiny'], /--out is required/],
    [['--preset', 'tiny', '--out', 'x', '--seed', '3'], /--seed/],
    [['--preset', 'tiny', '--out'], /--out/],
    [['--preset', 'tiny', '--out', 'x', 'extra'], /extra/]
  ])('rejects %j naming the flag', (argv, message) => {
    expect(() => parseFixtureArgs(argv)).toThrow(message)
  })
})
