import { hashPassword } from './password.ts'

// `npm run hash-password -- 'mật khẩu'`: prints the scrypt hash to paste into the office config.
const password = process.argv[2]
if (!password) {
  console.error('Dùng / usage: npm run hash-password -- "mật khẩu"')
  process.exit(2)
}
console.log(await hashPassword(password))
