import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { SlackMessage } from '../../actions/publish-portal/notify';

/**
 * Receivers for the notifications, on 127.0.0.1: a Slack incoming-webhook stand-in that records
 * the JSON it receives, and smtp-server receiving the mail, which mailparser then reads back as
 * a mail client would.
 */

export interface SlackRequest {
  headers: IncomingHttpHeaders;
  json: SlackMessage;
}

/** Stands in for https://hooks.slack.com/services/…: records the JSON, answers "ok" unless scripted. */
export class SlackStandIn {
  readonly requests: SlackRequest[] = [];
  script: { status: number; body: string; headers?: Record<string, string> }[] = [];
  private server!: Server;
  url!: string;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests.push({ headers: req.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as SlackMessage });
        const next = this.script.shift() ?? { status: 200, body: 'ok' };
        res.writeHead(next.status, { 'content-type': 'text/plain', ...next.headers }).end(next.body);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/services/T000/B000/XXXXsecretXXXX`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export interface ReceivedMail {
  raw: Buffer;
  parsed: ParsedMail;
  from: string | undefined;
  to: string[];
  user: string | undefined;
}

/** smtp-server on 127.0.0.1, no TLS, login checked against `login`; `rcptFailures` scripts SMTP errors. */
export class SmtpStandIn {
  readonly mails: ReceivedMail[] = [];
  rcptFailures: { code: number; message: string }[] = [];
  rcptAttempts = 0;
  private server!: SMTPServer;
  port = 0;

  constructor(private readonly login: { username: string; password: string }) {}

  async start(): Promise<void> {
    const options: SMTPServerOptions = {
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: false,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === this.login.username && auth.password === this.login.password) return callback(null, { user: auth.username });
        const err = Object.assign(new Error('Invalid username or password'), { responseCode: 535 });
        return callback(err);
      },
      onRcptTo: (_address, _session, callback) => {
        this.rcptAttempts++;
        const failure = this.rcptFailures.shift();
        if (failure) return callback(Object.assign(new Error(failure.message), { responseCode: failure.code }));
        return callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (parsed) => {
              this.mails.push({
                raw,
                parsed,
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
                to: session.envelope.rcptTo.map((r) => r.address),
                user: typeof session.user === 'string' ? session.user : undefined,
              });
              callback();
            },
            (err: Error) => callback(err),
          );
        });
      },
    };
    this.server = new SMTPServer(options);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
