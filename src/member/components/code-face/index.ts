export { CodeFace } from './code-face'
